stub: upstream file of 72919 bytes
