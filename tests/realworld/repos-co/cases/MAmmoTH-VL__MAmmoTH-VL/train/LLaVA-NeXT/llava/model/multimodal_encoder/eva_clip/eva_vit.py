stub: upstream file of 33749 bytes
