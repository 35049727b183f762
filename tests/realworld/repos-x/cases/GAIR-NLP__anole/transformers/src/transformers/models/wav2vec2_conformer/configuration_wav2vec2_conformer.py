stub: upstream file of 20850 bytes
