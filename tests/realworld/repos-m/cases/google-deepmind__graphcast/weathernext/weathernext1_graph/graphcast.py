stub: upstream file of 30051 bytes
