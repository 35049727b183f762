stub: upstream file of 28219 bytes
