stub: upstream file of 24239 bytes
