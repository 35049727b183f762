stub: upstream file of 81114 bytes
