stub: upstream file of 30113 bytes
