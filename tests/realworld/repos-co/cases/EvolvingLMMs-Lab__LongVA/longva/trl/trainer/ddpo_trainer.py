stub: upstream file of 26419 bytes
