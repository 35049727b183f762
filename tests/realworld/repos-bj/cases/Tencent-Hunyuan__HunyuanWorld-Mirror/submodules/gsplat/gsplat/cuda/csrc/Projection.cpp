stub: upstream file of 30963 bytes
