stub: upstream file of 15219 bytes
