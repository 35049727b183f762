stub: upstream file of 8660 bytes
