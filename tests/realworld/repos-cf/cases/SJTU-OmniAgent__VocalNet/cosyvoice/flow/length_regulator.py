stub: upstream file of 3060 bytes
