"""The analysts' workplace (Streamlit). Pages read through the store only."""
