stub: upstream file of 54633 bytes
