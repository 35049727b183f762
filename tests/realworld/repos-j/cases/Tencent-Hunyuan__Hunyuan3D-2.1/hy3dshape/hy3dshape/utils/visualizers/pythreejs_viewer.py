stub: upstream file of 24165 bytes
