stub: upstream file of 4315 bytes
