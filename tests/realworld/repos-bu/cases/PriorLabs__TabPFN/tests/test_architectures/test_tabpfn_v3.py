stub: upstream file of 32243 bytes
