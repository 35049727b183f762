stub: upstream file of 30137 bytes
