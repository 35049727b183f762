stub: upstream file of 24260 bytes
