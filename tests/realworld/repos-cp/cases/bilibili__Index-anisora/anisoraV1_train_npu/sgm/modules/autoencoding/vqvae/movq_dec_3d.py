stub: upstream file of 17314 bytes
