stub: upstream file of 43178 bytes
