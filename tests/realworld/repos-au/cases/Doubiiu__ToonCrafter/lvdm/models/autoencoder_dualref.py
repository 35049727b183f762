stub: upstream file of 40546 bytes
