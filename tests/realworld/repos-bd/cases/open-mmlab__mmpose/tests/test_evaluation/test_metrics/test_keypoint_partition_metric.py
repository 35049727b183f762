stub: upstream file of 20139 bytes
