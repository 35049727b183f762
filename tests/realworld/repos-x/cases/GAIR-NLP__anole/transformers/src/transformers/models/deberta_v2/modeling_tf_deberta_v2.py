stub: upstream file of 81128 bytes
