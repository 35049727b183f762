stub: upstream file of 26440 bytes
