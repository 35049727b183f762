stub: upstream file of 14781 bytes
