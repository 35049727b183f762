stub: upstream file of 30610 bytes
