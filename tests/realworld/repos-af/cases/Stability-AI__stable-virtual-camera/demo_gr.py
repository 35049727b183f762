stub: upstream file of 51024 bytes
