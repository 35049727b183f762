stub: upstream file of 14509 bytes
