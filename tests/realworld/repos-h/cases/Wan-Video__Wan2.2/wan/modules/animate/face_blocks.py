stub: upstream file of 12202 bytes
