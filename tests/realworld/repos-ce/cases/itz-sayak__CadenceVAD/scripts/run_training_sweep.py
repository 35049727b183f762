stub: upstream file of 16692 bytes
