stub: upstream file of 29823 bytes
