stub: upstream file of 73981 bytes
