stub: upstream file of 35672 bytes
