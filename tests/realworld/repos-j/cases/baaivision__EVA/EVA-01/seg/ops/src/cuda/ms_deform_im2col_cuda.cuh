stub: upstream file of 54638 bytes
