stub: upstream file of 11065 bytes
