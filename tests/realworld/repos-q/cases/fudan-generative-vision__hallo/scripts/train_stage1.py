stub: upstream file of 29374 bytes
