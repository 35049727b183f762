stub: upstream file of 9344 bytes
