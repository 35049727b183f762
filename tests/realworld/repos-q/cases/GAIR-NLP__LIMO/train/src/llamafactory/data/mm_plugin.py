stub: upstream file of 48486 bytes
