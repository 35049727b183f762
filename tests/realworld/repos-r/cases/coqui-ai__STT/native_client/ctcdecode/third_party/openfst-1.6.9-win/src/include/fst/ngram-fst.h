stub: upstream file of 34277 bytes
