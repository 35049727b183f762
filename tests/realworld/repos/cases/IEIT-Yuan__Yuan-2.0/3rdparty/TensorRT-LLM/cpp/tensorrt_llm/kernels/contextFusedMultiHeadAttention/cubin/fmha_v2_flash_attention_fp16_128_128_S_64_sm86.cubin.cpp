stub: upstream file of 1052984 bytes
