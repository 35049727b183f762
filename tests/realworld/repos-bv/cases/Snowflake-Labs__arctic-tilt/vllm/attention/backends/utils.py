stub: upstream file of 25511 bytes
