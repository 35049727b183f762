stub: upstream file of 18900 bytes
