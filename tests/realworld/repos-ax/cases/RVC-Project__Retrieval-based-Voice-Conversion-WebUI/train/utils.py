stub: upstream file of 15671 bytes
