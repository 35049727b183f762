stub: upstream file of 13219 bytes
