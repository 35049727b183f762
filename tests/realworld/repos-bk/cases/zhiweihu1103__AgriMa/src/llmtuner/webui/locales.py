stub: upstream file of 17454 bytes
