stub: upstream file of 24659 bytes
