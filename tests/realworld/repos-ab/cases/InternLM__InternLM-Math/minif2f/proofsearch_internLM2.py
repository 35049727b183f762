stub: upstream file of 10847 bytes
