stub: upstream file of 111219 bytes
