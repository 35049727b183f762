stub: upstream file of 24617 bytes
