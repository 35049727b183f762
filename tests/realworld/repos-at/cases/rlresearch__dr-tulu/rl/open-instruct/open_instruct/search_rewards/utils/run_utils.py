stub: upstream file of 13609 bytes
