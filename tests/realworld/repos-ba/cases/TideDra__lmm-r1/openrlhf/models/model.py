stub: upstream file of 14829 bytes
