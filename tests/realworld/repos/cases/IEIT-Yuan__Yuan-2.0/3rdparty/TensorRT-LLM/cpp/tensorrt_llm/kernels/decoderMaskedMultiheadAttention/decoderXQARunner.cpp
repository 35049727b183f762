stub: upstream file of 20403 bytes
