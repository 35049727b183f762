stub: upstream file of 34485 bytes
