stub: upstream file of 12671 bytes
