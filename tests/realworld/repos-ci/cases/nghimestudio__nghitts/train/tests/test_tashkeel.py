stub: upstream file of 1213 bytes
