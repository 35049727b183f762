stub: upstream file of 37125 bytes
