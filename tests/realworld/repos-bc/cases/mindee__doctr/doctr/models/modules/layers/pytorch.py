stub: upstream file of 14732 bytes
