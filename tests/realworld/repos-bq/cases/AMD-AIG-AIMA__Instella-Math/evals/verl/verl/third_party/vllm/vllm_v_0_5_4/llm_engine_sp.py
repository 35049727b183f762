stub: upstream file of 14689 bytes
