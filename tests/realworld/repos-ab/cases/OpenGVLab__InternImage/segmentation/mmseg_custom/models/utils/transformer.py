stub: upstream file of 44090 bytes
