stub: upstream file of 15661 bytes
