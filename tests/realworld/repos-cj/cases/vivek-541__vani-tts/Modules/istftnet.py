stub: upstream file of 22078 bytes
