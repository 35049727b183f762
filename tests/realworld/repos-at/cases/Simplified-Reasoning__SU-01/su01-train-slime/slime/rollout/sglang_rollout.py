stub: upstream file of 38284 bytes
