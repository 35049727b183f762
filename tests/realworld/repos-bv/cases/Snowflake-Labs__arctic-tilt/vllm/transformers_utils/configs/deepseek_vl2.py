stub: upstream file of 7252 bytes
