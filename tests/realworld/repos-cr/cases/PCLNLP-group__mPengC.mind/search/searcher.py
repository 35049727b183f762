stub: upstream file of 23328 bytes
