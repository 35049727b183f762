stub: upstream file of 11672 bytes
