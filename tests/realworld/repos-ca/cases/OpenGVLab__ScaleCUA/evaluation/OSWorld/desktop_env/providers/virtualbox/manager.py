stub: upstream file of 20840 bytes
