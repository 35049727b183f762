stub: upstream file of 8219 bytes
