stub: upstream file of 6732 bytes
