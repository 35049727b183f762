stub: upstream file of 35219 bytes
