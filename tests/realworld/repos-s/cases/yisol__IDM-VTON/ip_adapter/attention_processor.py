stub: upstream file of 97769 bytes
