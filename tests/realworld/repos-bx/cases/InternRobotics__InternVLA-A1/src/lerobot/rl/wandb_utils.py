stub: upstream file of 7219 bytes
