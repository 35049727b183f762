stub: upstream file of 1568 bytes
