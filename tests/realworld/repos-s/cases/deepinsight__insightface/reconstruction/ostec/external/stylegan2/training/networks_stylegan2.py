stub: upstream file of 38074 bytes
