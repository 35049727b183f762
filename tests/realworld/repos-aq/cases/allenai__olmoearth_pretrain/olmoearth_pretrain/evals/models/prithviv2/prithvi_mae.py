stub: upstream file of 30707 bytes
