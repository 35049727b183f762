stub: upstream file of 812 bytes
