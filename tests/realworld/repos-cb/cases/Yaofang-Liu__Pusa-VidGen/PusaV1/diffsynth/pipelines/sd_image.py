stub: upstream file of 8501 bytes
