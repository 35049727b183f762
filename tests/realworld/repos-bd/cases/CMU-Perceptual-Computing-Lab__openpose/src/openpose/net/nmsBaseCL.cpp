stub: upstream file of 20649 bytes
