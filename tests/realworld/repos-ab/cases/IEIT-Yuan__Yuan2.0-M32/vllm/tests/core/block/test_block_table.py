stub: upstream file of 22621 bytes
