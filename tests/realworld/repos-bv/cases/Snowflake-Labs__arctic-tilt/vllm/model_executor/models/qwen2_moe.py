stub: upstream file of 22586 bytes
