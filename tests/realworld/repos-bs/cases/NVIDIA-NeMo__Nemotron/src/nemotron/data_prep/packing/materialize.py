stub: upstream file of 8047 bytes
