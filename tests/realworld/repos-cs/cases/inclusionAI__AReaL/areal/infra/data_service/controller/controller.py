stub: upstream file of 21429 bytes
