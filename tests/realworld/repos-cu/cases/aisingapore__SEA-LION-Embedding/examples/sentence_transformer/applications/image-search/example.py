stub: upstream file of 1105 bytes
