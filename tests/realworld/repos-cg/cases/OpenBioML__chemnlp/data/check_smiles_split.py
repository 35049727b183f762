stub: upstream file of 9763 bytes
