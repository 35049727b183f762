stub: upstream file of 12290 bytes
