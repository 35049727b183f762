stub: upstream file of 26306 bytes
