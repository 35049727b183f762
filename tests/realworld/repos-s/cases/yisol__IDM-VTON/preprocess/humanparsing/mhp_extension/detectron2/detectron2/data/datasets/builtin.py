stub: upstream file of 8511 bytes
