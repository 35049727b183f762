stub: upstream file of 4151 bytes
