stub: upstream file of 38784 bytes
