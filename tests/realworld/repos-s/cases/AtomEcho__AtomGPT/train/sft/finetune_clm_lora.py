stub: upstream file of 29407 bytes
