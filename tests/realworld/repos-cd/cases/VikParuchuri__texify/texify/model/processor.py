stub: upstream file of 8118 bytes
