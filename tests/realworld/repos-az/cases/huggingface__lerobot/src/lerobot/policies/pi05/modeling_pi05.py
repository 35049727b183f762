stub: upstream file of 59411 bytes
