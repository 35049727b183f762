stub: upstream file of 1650 bytes
