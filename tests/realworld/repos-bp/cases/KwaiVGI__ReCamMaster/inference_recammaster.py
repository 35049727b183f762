stub: upstream file of 9470 bytes
