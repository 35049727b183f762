stub: upstream file of 23727 bytes
