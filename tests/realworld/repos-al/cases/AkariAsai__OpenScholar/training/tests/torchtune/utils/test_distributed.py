stub: upstream file of 20554 bytes
