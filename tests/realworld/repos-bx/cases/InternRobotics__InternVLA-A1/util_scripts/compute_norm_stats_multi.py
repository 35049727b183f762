stub: upstream file of 11631 bytes
