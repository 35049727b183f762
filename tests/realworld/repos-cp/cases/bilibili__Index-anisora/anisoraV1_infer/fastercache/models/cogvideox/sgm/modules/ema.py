stub: upstream file of 3137 bytes
