stub: upstream file of 126293 bytes
