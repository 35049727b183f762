stub: upstream file of 10319 bytes
