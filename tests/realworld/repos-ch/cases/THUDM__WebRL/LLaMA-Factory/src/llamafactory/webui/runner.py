stub: upstream file of 19437 bytes
