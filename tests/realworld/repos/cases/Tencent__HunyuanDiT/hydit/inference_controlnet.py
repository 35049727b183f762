stub: upstream file of 24283 bytes
