stub: upstream file of 30010 bytes
