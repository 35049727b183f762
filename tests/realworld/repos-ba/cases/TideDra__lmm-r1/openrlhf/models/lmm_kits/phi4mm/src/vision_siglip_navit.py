stub: upstream file of 78219 bytes
