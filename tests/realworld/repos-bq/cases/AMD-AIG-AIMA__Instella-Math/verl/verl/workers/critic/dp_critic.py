stub: upstream file of 12219 bytes
