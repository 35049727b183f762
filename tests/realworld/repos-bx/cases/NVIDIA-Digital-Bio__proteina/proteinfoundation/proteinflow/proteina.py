stub: upstream file of 15410 bytes
