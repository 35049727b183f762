stub: upstream file of 15643 bytes
