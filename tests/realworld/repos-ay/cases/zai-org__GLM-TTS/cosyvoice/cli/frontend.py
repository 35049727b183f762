stub: upstream file of 26594 bytes
