stub: upstream file of 2735 bytes
