stub: upstream file of 39114 bytes
