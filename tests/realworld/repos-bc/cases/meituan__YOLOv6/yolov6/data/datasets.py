stub: upstream file of 27669 bytes
