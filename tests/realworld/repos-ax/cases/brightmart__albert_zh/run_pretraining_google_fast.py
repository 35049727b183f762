stub: upstream file of 21761 bytes
