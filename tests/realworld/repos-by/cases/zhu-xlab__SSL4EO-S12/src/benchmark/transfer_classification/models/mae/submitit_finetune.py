stub: upstream file of 4350 bytes
