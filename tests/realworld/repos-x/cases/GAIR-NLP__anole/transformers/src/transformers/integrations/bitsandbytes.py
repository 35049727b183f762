stub: upstream file of 21306 bytes
