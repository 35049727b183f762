stub: upstream file of 15060 bytes
