stub: upstream file of 37054 bytes
