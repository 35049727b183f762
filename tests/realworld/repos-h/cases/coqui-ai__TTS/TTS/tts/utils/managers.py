stub: upstream file of 12888 bytes
