stub: upstream file of 14012 bytes
