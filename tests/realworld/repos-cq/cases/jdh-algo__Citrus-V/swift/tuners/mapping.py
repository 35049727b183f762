stub: upstream file of 1366 bytes
