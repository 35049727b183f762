stub: upstream file of 12005 bytes
