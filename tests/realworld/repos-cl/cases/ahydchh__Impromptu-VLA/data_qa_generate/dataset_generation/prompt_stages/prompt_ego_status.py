stub: upstream file of 3454 bytes
