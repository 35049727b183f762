stub: upstream file of 16678 bytes
