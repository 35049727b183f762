stub: upstream file of 15936 bytes
