stub: upstream file of 1449 bytes
