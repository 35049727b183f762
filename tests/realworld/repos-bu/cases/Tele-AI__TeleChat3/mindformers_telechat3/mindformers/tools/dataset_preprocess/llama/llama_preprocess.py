stub: upstream file of 12422 bytes
