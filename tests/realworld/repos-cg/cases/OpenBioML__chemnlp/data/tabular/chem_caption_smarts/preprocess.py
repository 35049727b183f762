stub: upstream file of 51171 bytes
