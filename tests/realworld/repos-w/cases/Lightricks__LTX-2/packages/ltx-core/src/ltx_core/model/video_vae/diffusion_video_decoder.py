stub: upstream file of 34348 bytes
