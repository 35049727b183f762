stub: upstream file of 8451 bytes
