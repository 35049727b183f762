stub: upstream file of 24562 bytes
