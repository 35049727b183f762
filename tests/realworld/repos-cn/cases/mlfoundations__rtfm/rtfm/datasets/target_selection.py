stub: upstream file of 9073 bytes
