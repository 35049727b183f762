stub: upstream file of 4680 bytes
