stub: upstream file of 11461 bytes
