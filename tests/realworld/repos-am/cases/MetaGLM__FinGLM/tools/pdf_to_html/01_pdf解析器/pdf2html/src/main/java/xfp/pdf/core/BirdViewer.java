stub: upstream file of 14690 bytes
