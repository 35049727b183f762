stub: upstream file of 31253 bytes
