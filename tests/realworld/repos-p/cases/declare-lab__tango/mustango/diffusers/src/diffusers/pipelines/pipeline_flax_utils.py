stub: upstream file of 25730 bytes
