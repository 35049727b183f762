stub: upstream file of 63672 bytes
