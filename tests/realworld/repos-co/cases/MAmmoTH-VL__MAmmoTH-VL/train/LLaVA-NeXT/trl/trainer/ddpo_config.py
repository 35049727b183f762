stub: upstream file of 4817 bytes
