stub: upstream file of 40160 bytes
