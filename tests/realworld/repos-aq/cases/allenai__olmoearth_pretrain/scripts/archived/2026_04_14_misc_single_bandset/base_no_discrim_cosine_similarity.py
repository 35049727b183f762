stub: upstream file of 14230 bytes
