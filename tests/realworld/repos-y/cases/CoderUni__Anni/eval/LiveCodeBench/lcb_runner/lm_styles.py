stub: upstream file of 28131 bytes
