stub: upstream file of 38054 bytes
