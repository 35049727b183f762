stub: upstream file of 14205 bytes
