stub: upstream file of 7829 bytes
