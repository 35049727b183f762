stub: upstream file of 16130 bytes
