stub: upstream file of 26597 bytes
