stub: upstream file of 11421 bytes
