stub: upstream file of 13511 bytes
