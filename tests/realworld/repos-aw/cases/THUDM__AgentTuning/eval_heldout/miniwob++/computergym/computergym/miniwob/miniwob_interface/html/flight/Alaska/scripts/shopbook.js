stub: upstream file of 32847 bytes
