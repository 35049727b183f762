stub: upstream file of 61932 bytes
