stub: upstream file of 27593 bytes
