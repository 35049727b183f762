stub: upstream file of 11420 bytes
