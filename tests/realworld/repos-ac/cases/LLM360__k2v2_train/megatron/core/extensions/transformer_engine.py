stub: upstream file of 55686 bytes
