stub: upstream file of 1433 bytes
