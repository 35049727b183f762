stub: upstream file of 9508 bytes
