stub: upstream file of 1571 bytes
