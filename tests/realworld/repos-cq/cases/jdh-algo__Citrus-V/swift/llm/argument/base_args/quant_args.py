stub: upstream file of 4430 bytes
