stub: upstream file of 55328 bytes
