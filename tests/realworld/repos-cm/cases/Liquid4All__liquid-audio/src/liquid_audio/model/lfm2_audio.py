stub: upstream file of 14799 bytes
