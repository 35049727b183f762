stub: upstream file of 12532 bytes
