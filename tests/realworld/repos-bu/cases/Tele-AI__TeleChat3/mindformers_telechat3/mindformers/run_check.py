stub: upstream file of 16763 bytes
