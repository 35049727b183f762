stub: upstream file of 70571 bytes
