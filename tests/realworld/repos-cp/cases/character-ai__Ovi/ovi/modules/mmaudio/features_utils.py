stub: upstream file of 3148 bytes
