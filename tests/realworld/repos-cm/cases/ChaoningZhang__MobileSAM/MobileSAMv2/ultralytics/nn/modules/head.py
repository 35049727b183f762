stub: upstream file of 15397 bytes
