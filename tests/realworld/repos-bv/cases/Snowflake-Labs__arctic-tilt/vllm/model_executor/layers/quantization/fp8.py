stub: upstream file of 38213 bytes
