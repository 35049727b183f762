stub: upstream file of 8301 bytes
