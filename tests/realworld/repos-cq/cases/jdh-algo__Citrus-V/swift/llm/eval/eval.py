stub: upstream file of 6154 bytes
