stub: upstream file of 25382 bytes
