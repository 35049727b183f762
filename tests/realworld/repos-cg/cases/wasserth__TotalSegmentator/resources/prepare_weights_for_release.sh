stub: upstream file of 1217 bytes
