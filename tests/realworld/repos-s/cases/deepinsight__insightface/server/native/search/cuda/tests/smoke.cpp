stub: upstream file of 22117 bytes
