stub: upstream file of 20420 bytes
