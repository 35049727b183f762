stub: upstream file of 17672 bytes
