stub: upstream file of 15538 bytes
