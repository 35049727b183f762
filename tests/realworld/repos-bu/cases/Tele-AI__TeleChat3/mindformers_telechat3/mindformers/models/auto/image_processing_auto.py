stub: upstream file of 17077 bytes
