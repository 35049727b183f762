stub: upstream file of 15679 bytes
