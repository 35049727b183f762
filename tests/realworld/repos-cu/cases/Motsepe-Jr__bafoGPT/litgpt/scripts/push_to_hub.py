stub: upstream file of 1020 bytes
