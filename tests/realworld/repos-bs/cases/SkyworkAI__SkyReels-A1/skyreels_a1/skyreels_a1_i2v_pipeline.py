stub: upstream file of 44432 bytes
