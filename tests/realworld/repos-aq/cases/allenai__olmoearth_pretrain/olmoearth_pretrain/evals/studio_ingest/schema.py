stub: upstream file of 9306 bytes
