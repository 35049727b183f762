stub: upstream file of 9426 bytes
