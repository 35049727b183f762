stub: upstream file of 22742 bytes
