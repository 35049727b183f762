stub: upstream file of 39731 bytes
