stub: upstream file of 12885 bytes
