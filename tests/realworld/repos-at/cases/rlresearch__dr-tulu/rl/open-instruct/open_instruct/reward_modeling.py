stub: upstream file of 20015 bytes
