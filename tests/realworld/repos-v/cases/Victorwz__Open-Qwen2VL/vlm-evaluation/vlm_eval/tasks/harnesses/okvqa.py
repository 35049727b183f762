stub: upstream file of 18320 bytes
