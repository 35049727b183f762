stub: upstream file of 24750 bytes
