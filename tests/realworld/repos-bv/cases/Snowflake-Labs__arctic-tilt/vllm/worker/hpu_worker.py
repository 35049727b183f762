stub: upstream file of 21511 bytes
