stub: upstream file of 3310 bytes
