stub: upstream file of 3636 bytes
