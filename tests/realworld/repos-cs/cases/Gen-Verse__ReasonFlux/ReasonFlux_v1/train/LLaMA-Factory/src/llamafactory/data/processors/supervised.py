stub: upstream file of 9669 bytes
