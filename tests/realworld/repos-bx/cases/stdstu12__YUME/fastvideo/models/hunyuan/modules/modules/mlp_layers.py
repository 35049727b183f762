stub: upstream file of 4530 bytes
