stub: upstream file of 25234 bytes
