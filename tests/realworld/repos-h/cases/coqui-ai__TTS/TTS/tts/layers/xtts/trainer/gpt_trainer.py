stub: upstream file of 20555 bytes
