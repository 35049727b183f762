stub: upstream file of 26192 bytes
