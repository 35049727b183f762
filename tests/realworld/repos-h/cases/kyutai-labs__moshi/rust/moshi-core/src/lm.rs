stub: upstream file of 37671 bytes
