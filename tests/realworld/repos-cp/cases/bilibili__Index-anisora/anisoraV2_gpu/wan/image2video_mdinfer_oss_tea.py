stub: upstream file of 21486 bytes
