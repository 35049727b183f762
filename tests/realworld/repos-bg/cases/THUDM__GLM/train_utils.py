stub: upstream file of 17141 bytes
