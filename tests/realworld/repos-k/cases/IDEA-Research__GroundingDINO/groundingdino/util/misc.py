stub: upstream file of 23348 bytes
