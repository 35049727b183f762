stub: upstream file of 11732 bytes
