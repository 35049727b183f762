stub: upstream file of 40974 bytes
