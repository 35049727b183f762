stub: upstream file of 11706 bytes
