stub: upstream file of 2101 bytes
