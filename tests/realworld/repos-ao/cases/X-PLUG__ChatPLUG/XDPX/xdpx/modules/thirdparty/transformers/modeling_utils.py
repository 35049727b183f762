stub: upstream file of 46261 bytes
