stub: upstream file of 24648 bytes
