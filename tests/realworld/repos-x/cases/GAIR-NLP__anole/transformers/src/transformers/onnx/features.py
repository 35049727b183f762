stub: upstream file of 28264 bytes
