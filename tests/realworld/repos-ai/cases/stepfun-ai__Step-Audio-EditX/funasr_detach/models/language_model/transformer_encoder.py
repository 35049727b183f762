stub: upstream file of 18671 bytes
