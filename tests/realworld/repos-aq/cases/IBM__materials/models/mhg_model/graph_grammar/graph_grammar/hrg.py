stub: upstream file of 41959 bytes
