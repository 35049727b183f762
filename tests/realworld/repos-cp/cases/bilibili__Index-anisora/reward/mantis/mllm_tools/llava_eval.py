stub: upstream file of 5301 bytes
