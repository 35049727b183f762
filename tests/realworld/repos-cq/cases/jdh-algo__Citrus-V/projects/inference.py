stub: upstream file of 6797 bytes
