stub: upstream file of 32789 bytes
