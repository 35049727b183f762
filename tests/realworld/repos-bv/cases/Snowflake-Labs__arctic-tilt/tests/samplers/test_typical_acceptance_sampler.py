stub: upstream file of 21367 bytes
