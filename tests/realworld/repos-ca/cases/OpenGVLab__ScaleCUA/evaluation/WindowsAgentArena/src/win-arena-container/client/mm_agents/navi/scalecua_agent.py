stub: upstream file of 37048 bytes
