stub: upstream file of 30420 bytes
