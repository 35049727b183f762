stub: upstream file of 15590 bytes
