stub: upstream file of 12402 bytes
