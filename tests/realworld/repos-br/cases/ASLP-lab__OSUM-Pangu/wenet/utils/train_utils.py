stub: upstream file of 41130 bytes
