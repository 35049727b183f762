stub: upstream file of 19548 bytes
