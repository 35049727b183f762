stub: upstream file of 13672 bytes
