stub: upstream file of 5126 bytes
