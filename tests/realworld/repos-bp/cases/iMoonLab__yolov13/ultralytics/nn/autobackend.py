stub: upstream file of 35540 bytes
