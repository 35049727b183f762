stub: upstream file of 9219 bytes
