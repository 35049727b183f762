stub: upstream file of 15999 bytes
