stub: upstream file of 17465 bytes
