stub: upstream file of 35128 bytes
