stub: upstream file of 76641 bytes
