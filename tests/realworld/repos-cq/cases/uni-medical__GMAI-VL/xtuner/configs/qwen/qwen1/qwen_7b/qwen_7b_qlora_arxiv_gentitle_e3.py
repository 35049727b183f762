stub: upstream file of 9636 bytes
