stub: upstream file of 10188 bytes
