stub: upstream file of 10481 bytes
