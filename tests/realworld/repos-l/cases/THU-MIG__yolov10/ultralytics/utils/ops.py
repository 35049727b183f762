stub: upstream file of 33932 bytes
