stub: upstream file of 10571 bytes
