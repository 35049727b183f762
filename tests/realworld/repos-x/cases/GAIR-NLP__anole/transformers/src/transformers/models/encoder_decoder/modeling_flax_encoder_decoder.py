stub: upstream file of 43527 bytes
