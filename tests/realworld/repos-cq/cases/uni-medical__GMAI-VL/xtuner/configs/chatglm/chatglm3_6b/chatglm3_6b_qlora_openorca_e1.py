stub: upstream file of 7080 bytes
