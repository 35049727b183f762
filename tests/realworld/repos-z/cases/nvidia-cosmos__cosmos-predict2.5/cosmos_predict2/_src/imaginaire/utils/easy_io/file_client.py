stub: upstream file of 16657 bytes
