stub: upstream file of 29310 bytes
