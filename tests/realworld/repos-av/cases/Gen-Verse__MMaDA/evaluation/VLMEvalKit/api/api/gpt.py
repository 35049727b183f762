stub: upstream file of 11637 bytes
