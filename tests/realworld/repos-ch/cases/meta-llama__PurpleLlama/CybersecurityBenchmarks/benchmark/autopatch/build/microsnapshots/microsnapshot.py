stub: upstream file of 22258 bytes
