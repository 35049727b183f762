stub: upstream file of 19545 bytes
