stub: upstream file of 45668 bytes
