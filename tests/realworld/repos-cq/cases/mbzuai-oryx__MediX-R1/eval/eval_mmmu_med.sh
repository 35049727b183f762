stub: upstream file of 1575 bytes
