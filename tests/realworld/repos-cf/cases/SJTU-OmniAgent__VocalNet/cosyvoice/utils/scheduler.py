stub: upstream file of 24920 bytes
