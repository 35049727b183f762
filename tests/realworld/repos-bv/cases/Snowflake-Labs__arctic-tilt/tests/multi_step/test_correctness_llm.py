stub: upstream file of 14315 bytes
