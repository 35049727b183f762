stub: upstream file of 1240097 bytes
