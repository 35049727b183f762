stub: upstream file of 84105 bytes
