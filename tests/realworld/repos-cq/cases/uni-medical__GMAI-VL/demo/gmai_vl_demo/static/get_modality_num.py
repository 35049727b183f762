stub: upstream file of 10621 bytes
