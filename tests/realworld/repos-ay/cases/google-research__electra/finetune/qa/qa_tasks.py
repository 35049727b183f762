stub: upstream file of 24321 bytes
