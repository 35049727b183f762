stub: upstream file of 6380 bytes
