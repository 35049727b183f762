stub: upstream file of 1988 bytes
