stub: upstream file of 7927 bytes
