stub: upstream file of 2117 bytes
