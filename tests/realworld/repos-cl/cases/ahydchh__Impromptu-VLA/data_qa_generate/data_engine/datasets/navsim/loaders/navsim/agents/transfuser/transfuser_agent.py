stub: upstream file of 3742 bytes
