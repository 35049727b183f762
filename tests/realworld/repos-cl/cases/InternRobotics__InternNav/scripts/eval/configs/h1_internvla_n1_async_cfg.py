stub: upstream file of 3115 bytes
