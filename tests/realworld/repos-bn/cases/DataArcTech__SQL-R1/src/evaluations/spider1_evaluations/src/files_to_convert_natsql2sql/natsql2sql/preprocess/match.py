stub: upstream file of 21950 bytes
