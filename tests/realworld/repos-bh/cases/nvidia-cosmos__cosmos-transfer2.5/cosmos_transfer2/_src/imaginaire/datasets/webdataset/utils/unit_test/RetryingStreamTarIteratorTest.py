stub: upstream file of 40460 bytes
