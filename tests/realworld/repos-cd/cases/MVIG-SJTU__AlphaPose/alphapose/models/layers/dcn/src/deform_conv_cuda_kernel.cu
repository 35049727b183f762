stub: upstream file of 42365 bytes
