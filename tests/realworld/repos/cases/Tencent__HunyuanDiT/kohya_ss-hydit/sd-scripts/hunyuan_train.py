stub: upstream file of 42573 bytes
