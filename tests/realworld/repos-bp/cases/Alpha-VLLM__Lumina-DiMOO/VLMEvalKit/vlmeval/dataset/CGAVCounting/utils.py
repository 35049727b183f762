stub: upstream file of 15971 bytes
