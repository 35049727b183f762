stub: upstream file of 78404 bytes
