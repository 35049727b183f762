stub: upstream file of 18433 bytes
