stub: upstream file of 4784 bytes
