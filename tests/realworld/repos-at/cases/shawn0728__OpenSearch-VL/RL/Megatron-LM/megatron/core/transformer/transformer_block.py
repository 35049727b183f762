stub: upstream file of 30617 bytes
