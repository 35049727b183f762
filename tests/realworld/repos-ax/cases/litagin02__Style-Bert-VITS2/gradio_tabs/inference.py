stub: upstream file of 36724 bytes
