stub: upstream file of 13831 bytes
