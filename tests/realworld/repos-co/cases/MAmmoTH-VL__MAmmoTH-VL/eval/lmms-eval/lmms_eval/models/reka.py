stub: upstream file of 8300 bytes
