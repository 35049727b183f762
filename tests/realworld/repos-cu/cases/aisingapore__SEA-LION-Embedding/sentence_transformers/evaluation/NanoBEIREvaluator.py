stub: upstream file of 21278 bytes
