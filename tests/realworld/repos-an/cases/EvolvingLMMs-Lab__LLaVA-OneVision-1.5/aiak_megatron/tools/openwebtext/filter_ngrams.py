stub: upstream file of 18324 bytes
