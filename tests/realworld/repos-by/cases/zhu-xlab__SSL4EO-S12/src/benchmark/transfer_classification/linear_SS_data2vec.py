stub: upstream file of 33593 bytes
