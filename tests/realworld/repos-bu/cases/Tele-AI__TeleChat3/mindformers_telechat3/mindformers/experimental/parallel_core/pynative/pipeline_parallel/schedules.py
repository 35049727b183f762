stub: upstream file of 51167 bytes
