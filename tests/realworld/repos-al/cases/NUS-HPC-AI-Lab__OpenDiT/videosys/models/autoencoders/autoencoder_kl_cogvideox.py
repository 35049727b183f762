stub: upstream file of 51507 bytes
