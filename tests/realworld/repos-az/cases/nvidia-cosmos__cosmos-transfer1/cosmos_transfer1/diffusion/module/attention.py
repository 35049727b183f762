stub: upstream file of 18743 bytes
