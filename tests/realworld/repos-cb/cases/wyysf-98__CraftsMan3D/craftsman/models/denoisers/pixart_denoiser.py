stub: upstream file of 6060 bytes
