stub: upstream file of 51402 bytes
