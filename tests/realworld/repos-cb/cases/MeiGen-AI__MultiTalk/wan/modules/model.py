stub: upstream file of 21315 bytes
