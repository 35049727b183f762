stub: upstream file of 12452 bytes
