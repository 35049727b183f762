stub: upstream file of 27219 bytes
