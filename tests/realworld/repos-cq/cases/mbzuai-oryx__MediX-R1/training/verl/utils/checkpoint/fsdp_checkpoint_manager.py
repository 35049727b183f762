stub: upstream file of 5219 bytes
