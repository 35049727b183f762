stub: upstream file of 14217 bytes
