stub: upstream file of 11223 bytes
