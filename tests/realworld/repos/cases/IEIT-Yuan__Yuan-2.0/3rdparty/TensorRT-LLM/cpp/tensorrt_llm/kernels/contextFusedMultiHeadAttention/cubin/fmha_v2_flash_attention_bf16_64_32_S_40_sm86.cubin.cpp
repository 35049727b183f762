stub: upstream file of 311007 bytes
