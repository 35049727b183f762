stub: upstream file of 6520 bytes
