stub: upstream file of 14154 bytes
