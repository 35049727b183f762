stub: upstream file of 7083 bytes
