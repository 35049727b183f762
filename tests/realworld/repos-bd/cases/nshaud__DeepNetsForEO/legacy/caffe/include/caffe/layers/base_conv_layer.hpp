stub: upstream file of 6692 bytes
