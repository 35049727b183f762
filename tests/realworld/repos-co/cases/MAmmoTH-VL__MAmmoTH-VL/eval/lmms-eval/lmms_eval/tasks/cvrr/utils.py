stub: upstream file of 10468 bytes
