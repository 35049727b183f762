stub: upstream file of 33207 bytes
