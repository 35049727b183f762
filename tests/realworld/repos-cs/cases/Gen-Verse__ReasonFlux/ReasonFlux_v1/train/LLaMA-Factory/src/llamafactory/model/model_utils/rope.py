stub: upstream file of 2953 bytes
