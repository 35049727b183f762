stub: upstream file of 9443 bytes
