stub: upstream file of 7063 bytes
