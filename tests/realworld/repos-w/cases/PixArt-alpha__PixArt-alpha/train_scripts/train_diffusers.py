stub: upstream file of 25589 bytes
