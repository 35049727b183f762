stub: upstream file of 19871 bytes
