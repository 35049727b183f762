stub: upstream file of 13959 bytes
