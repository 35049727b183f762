stub: upstream file of 4892 bytes
