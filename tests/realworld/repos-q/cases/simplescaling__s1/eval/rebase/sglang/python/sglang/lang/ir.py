stub: upstream file of 13952 bytes
