stub: upstream file of 26428 bytes
