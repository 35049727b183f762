stub: upstream file of 16855 bytes
