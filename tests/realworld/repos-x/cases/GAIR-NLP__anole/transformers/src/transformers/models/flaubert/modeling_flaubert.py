stub: upstream file of 57498 bytes
