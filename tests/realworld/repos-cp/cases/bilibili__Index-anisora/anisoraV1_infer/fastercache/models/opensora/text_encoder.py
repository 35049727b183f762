stub: upstream file of 11206 bytes
