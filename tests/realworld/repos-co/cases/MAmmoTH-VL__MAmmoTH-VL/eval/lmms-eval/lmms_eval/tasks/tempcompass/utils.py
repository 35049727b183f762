stub: upstream file of 20870 bytes
