stub: upstream file of 19253 bytes
