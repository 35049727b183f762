stub: upstream file of 5674 bytes
