stub: upstream file of 801219 bytes
