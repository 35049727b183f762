stub: upstream file of 41348 bytes
