stub: upstream file of 14319 bytes
