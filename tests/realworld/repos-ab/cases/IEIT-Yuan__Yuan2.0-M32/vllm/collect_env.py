stub: upstream file of 25572 bytes
