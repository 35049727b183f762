stub: upstream file of 17301 bytes
