stub: upstream file of 44638 bytes
