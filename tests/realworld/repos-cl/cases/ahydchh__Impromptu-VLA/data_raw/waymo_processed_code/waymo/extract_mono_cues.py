stub: upstream file of 11573 bytes
