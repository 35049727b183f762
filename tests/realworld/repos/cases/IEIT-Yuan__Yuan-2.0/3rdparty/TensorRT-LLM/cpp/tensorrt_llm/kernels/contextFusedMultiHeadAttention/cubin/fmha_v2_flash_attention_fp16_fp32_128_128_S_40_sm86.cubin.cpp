stub: upstream file of 1011950 bytes
