stub: upstream file of 19301 bytes
