stub: upstream file of 79460 bytes
