stub: upstream file of 22451 bytes
