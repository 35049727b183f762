stub: upstream file of 5160 bytes
