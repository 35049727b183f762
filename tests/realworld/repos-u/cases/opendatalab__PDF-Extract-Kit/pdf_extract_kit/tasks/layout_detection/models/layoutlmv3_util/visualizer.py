stub: upstream file of 49797 bytes
