stub: upstream file of 18219 bytes
