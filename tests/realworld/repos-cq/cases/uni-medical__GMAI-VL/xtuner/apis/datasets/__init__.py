stub: upstream file of 2291 bytes
