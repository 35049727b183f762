stub: upstream file of 33722 bytes
