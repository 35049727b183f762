stub: upstream file of 21663 bytes
