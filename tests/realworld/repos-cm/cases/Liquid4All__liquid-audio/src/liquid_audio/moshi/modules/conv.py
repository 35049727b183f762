stub: upstream file of 14065 bytes
