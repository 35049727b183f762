stub: upstream file of 89468 bytes
