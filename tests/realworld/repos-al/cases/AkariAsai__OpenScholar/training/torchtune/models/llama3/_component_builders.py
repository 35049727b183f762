stub: upstream file of 15706 bytes
