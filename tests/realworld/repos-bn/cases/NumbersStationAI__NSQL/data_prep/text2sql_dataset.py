stub: upstream file of 34178 bytes
