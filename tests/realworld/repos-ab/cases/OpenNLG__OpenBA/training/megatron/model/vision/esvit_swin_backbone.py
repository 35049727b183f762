stub: upstream file of 33184 bytes
