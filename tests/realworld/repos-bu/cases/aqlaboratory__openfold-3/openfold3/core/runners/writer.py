stub: upstream file of 15100 bytes
