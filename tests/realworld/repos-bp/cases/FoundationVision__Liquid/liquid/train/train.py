stub: upstream file of 22827 bytes
