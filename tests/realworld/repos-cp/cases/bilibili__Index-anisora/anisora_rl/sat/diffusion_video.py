stub: upstream file of 16389 bytes
