stub: upstream file of 5239 bytes
