stub: upstream file of 16062 bytes
