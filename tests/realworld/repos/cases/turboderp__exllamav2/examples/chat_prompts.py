stub: upstream file of 17665 bytes
