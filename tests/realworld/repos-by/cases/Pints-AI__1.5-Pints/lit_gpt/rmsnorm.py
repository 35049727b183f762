stub: upstream file of 23982 bytes
