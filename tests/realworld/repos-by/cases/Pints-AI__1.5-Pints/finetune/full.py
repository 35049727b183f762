stub: upstream file of 24016 bytes
