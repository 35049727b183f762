stub: upstream file of 24507 bytes
