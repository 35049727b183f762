stub: upstream file of 3760 bytes
