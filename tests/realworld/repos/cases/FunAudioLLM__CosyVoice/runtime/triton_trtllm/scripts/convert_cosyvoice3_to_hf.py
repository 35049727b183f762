stub: upstream file of 16278 bytes
