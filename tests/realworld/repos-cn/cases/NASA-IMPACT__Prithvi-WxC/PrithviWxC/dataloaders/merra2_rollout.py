stub: upstream file of 17649 bytes
