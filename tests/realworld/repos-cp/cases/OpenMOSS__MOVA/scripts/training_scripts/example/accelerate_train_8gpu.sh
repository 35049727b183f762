stub: upstream file of 557 bytes
