stub: upstream file of 16797 bytes
