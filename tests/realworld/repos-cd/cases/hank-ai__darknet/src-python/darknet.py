stub: upstream file of 16981 bytes
