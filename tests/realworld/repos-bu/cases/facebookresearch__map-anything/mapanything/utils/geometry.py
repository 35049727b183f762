stub: upstream file of 74755 bytes
