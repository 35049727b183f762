stub: upstream file of 10832 bytes
