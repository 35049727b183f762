stub: upstream file of 46824 bytes
