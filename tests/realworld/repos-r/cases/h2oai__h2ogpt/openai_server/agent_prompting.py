stub: upstream file of 63560 bytes
