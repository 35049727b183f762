stub: upstream file of 13766 bytes
