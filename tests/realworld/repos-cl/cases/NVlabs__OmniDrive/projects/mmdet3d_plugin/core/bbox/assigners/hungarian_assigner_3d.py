stub: upstream file of 4060 bytes
