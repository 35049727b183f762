stub: upstream file of 19219 bytes
