stub: upstream file of 23178 bytes
