stub: upstream file of 22492 bytes
