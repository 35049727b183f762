stub: upstream file of 44504 bytes
