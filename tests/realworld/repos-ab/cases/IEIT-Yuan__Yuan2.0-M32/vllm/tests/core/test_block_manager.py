stub: upstream file of 14120 bytes
