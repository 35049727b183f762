stub: upstream file of 24791 bytes
