stub: upstream file of 10646 bytes
