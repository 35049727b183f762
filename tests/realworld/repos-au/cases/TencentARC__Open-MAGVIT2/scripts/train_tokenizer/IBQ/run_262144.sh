stub: upstream file of 420 bytes
