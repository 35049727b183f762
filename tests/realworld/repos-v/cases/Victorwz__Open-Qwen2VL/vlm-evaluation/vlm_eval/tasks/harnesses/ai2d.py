stub: upstream file of 17319 bytes
