stub: upstream file of 7747 bytes
