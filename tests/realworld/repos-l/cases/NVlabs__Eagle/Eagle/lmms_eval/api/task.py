stub: upstream file of 48258 bytes
