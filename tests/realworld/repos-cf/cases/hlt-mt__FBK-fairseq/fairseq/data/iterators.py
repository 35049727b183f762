stub: upstream file of 23203 bytes
