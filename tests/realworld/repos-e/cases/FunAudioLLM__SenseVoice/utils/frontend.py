stub: upstream file of 17360 bytes
