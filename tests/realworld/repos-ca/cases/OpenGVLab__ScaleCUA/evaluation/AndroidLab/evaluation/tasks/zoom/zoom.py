stub: upstream file of 4662 bytes
