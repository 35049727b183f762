stub: upstream file of 20839 bytes
