stub: upstream file of 30459 bytes
