stub: upstream file of 12641 bytes
