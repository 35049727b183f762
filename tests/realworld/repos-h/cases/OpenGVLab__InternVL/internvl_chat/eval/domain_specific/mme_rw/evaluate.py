stub: upstream file of 12315 bytes
