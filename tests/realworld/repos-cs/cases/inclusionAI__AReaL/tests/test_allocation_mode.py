stub: upstream file of 17303 bytes
