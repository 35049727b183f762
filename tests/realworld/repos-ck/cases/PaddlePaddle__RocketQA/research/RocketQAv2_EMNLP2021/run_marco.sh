stub: upstream file of 1410 bytes
