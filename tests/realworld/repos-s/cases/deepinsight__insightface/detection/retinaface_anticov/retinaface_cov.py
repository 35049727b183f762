stub: upstream file of 31010 bytes
