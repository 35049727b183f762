stub: upstream file of 24253 bytes
