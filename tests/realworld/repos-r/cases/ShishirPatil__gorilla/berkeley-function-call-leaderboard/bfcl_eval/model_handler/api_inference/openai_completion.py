stub: upstream file of 11291 bytes
