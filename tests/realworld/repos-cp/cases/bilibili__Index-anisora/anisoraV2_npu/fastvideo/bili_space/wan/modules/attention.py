stub: upstream file of 6420 bytes
