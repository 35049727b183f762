stub: upstream file of 9329 bytes
