stub: upstream file of 20589 bytes
