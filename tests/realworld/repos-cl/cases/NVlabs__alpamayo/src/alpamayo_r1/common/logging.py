stub: upstream file of 4217 bytes
