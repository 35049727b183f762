stub: upstream file of 9507 bytes
