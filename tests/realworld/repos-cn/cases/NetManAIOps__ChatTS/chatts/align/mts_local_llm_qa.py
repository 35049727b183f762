stub: upstream file of 26219 bytes
