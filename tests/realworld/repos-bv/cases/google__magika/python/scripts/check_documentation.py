stub: upstream file of 12609 bytes
