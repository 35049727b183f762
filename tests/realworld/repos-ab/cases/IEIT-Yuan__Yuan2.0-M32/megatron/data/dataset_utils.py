stub: upstream file of 31157 bytes
