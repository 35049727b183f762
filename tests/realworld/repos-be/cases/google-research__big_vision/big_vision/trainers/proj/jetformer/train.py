stub: upstream file of 38071 bytes
