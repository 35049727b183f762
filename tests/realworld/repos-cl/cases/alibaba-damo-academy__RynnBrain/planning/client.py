stub: upstream file of 26172 bytes
