stub: upstream file of 3477 bytes
