stub: upstream file of 30154 bytes
