stub: upstream file of 9469 bytes
