stub: upstream file of 14818 bytes
