stub: upstream file of 10855 bytes
