stub: upstream file of 12543 bytes
