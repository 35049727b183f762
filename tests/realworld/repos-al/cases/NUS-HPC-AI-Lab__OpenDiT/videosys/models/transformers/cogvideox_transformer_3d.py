stub: upstream file of 25219 bytes
