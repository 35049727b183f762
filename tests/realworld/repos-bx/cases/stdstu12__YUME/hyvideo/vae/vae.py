stub: upstream file of 13760 bytes
