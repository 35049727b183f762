stub: upstream file of 14398 bytes
