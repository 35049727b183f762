stub: upstream file of 30342 bytes
