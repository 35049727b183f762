stub: upstream file of 41581 bytes
