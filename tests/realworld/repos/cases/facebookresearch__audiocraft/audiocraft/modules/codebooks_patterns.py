stub: upstream file of 28228 bytes
