stub: upstream file of 17598 bytes
