stub: upstream file of 18002 bytes
