stub: upstream file of 23605 bytes
