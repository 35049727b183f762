stub: upstream file of 18240 bytes
