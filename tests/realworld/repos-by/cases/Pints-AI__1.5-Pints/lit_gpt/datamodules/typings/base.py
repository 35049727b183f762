stub: upstream file of 301 bytes
