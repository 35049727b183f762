stub: upstream file of 29957 bytes
