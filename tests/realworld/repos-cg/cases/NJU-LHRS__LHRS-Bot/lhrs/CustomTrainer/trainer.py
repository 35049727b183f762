stub: upstream file of 17778 bytes
