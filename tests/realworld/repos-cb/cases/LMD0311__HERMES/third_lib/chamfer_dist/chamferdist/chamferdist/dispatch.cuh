stub: upstream file of 10219 bytes
