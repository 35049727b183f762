stub: upstream file of 54730 bytes
