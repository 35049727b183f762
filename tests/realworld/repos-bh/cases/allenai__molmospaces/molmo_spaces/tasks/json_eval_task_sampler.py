stub: upstream file of 38194 bytes
