stub: upstream file of 42757 bytes
