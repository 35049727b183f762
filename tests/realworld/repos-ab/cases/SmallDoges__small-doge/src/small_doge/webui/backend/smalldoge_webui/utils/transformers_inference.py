stub: upstream file of 16231 bytes
