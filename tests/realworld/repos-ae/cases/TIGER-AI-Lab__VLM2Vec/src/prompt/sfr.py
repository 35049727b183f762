stub: upstream file of 73301 bytes
