stub: upstream file of 15123 bytes
