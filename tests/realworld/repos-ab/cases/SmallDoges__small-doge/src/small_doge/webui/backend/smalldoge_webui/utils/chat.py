stub: upstream file of 16321 bytes
