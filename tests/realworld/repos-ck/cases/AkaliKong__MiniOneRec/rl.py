stub: upstream file of 12442 bytes
