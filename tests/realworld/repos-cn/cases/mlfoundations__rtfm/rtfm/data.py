stub: upstream file of 39997 bytes
