stub: upstream file of 26662 bytes
