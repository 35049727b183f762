stub: upstream file of 22255 bytes
