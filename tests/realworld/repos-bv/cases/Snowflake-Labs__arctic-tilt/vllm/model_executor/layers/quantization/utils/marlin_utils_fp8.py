stub: upstream file of 3672 bytes
