stub: upstream file of 20466 bytes
