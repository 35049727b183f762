stub: upstream file of 18103 bytes
