stub: upstream file of 24861 bytes
