stub: upstream file of 9948 bytes
