stub: upstream file of 42306 bytes
