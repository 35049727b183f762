stub: upstream file of 15011 bytes
