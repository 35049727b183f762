stub: upstream file of 6548 bytes
