stub: upstream file of 16092 bytes
