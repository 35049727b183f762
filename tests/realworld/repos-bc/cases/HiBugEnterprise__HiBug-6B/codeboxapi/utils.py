stub: upstream file of 4119 bytes
