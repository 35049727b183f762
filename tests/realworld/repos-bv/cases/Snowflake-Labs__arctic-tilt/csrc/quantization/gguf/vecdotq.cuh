stub: upstream file of 70609 bytes
