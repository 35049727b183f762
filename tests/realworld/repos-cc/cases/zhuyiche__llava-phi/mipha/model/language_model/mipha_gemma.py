stub: upstream file of 5315 bytes
