stub: upstream file of 15306 bytes
