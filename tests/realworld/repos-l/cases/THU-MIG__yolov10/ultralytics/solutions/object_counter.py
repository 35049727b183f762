stub: upstream file of 11267 bytes
