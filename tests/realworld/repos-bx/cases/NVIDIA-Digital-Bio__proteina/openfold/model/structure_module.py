stub: upstream file of 24589 bytes
