stub: upstream file of 15872 bytes
