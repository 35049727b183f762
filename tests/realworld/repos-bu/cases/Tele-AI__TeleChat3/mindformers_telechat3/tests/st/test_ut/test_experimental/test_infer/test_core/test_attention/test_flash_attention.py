stub: upstream file of 12615 bytes
