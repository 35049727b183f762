stub: upstream file of 8146 bytes
