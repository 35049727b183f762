stub: upstream file of 134790 bytes
