stub: upstream file of 1420 bytes
