stub: upstream file of 19006 bytes
