stub: upstream file of 53506 bytes
