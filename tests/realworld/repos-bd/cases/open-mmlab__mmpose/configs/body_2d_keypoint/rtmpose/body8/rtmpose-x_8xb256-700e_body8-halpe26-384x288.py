stub: upstream file of 13676 bytes
