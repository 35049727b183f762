stub: upstream file of 14194 bytes
