stub: upstream file of 836 bytes
