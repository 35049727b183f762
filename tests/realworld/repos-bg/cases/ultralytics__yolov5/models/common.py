stub: upstream file of 54092 bytes
