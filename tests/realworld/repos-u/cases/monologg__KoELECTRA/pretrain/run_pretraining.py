stub: upstream file of 17981 bytes
