stub: upstream file of 22722 bytes
