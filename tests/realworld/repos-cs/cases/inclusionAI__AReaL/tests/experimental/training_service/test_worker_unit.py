stub: upstream file of 8306 bytes
