stub: upstream file of 29258 bytes
