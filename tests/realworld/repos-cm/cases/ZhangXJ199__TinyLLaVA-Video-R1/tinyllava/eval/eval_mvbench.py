stub: upstream file of 15105 bytes
