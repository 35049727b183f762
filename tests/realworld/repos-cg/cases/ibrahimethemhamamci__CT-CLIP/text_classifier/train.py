stub: upstream file of 4706 bytes
