stub: upstream file of 1755 bytes
