stub: upstream file of 11173 bytes
