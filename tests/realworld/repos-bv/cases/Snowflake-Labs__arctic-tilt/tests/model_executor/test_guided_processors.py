stub: upstream file of 9432 bytes
