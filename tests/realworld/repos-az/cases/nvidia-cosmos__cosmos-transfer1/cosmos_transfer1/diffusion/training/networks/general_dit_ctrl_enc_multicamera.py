stub: upstream file of 26402 bytes
