stub: upstream file of 42834 bytes
