stub: upstream file of 9133 bytes
