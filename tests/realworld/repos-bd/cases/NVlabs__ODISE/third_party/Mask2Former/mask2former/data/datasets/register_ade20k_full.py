stub: upstream file of 52219 bytes
