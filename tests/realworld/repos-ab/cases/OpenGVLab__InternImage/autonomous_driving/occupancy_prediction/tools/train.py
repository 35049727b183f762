stub: upstream file of 10155 bytes
