stub: upstream file of 15315 bytes
