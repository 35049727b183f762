stub: upstream file of 77186 bytes
