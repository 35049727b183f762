stub: upstream file of 337006 bytes
