stub: upstream file of 59340 bytes
