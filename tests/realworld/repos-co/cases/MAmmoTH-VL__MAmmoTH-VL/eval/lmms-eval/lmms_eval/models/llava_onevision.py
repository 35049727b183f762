stub: upstream file of 41853 bytes
