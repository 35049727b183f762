stub: upstream file of 23371 bytes
