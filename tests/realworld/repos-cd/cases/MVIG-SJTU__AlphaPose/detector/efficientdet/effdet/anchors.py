stub: upstream file of 14728 bytes
