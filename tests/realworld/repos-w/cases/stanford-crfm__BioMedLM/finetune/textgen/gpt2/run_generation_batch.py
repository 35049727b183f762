stub: upstream file of 60438 bytes
