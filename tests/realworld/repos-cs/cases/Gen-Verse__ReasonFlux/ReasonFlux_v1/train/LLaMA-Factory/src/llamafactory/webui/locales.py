stub: upstream file of 93605 bytes
