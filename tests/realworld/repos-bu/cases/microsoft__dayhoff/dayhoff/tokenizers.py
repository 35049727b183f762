stub: upstream file of 4246 bytes
