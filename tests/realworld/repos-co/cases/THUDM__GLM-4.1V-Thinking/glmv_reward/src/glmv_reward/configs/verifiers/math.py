stub: upstream file of 649 bytes
