stub: upstream file of 17626 bytes
