stub: upstream file of 15864 bytes
