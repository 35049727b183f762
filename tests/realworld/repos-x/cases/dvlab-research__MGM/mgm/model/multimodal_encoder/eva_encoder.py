stub: upstream file of 23530 bytes
