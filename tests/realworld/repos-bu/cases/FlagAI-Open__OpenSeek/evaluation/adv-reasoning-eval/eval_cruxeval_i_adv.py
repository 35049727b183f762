stub: upstream file of 17219 bytes
