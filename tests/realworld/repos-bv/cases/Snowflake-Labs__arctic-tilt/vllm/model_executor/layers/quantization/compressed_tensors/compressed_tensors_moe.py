stub: upstream file of 36444 bytes
