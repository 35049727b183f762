stub: upstream file of 11276 bytes
