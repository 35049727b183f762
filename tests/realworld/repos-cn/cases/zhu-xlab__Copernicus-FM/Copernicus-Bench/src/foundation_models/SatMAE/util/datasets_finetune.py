stub: upstream file of 20451 bytes
