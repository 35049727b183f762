stub: upstream file of 20706 bytes
