stub: upstream file of 4528 bytes
