stub: upstream file of 23487 bytes
