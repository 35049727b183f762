stub: upstream file of 24938 bytes
