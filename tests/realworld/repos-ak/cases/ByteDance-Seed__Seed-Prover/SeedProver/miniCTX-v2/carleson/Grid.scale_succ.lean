stub: upstream file of 14219 bytes
