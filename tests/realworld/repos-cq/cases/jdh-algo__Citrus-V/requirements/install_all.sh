stub: upstream file of 598 bytes
