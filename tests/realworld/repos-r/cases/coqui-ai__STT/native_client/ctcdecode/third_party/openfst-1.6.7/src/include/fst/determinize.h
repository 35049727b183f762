stub: upstream file of 40397 bytes
