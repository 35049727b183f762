stub: upstream file of 14318 bytes
