stub: upstream file of 22612 bytes
