stub: upstream file of 2420 bytes
