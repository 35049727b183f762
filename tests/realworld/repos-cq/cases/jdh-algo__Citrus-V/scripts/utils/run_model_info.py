stub: upstream file of 4218 bytes
