stub: upstream file of 30542 bytes
