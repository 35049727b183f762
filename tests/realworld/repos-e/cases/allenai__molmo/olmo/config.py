stub: upstream file of 56320 bytes
