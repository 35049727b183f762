stub: upstream file of 22608 bytes
