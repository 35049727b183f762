stub: upstream file of 17871 bytes
