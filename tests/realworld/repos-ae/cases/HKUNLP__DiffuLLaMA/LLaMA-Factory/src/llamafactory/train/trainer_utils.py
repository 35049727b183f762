stub: upstream file of 19543 bytes
