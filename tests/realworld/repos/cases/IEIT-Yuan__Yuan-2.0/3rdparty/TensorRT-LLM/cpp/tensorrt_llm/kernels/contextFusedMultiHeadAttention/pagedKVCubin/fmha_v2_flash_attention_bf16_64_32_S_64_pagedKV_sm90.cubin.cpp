stub: upstream file of 332300 bytes
