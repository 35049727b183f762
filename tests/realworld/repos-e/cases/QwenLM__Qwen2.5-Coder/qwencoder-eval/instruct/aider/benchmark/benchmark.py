stub: upstream file of 21598 bytes
