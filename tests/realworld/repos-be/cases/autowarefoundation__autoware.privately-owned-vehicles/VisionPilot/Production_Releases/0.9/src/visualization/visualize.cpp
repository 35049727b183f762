stub: upstream file of 24315 bytes
