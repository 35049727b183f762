stub: upstream file of 52315 bytes
