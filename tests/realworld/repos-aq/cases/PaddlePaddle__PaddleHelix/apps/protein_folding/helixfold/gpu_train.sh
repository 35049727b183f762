stub: upstream file of 9559 bytes
