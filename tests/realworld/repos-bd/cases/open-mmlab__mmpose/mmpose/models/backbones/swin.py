stub: upstream file of 29134 bytes
