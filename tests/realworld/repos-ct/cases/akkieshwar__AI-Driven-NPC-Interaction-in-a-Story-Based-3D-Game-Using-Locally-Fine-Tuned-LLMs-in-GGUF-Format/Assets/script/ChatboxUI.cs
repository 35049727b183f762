stub: upstream file of 1131 bytes
