stub: upstream file of 30088 bytes
