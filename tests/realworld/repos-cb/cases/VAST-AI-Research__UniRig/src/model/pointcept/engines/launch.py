stub: upstream file of 4012 bytes
