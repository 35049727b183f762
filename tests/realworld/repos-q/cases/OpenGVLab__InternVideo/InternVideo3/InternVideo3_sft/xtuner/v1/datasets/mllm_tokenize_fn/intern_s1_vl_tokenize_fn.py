stub: upstream file of 22591 bytes
