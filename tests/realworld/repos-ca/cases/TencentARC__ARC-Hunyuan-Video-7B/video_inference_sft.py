stub: upstream file of 6731 bytes
