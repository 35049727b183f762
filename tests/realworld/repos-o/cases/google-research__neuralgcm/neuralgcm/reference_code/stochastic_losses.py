stub: upstream file of 17604 bytes
