stub: upstream file of 62219 bytes
