stub: upstream file of 18185 bytes
