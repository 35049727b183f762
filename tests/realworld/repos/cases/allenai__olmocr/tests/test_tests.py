stub: upstream file of 102219 bytes
