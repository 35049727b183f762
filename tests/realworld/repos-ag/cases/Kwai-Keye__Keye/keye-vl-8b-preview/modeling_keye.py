stub: upstream file of 141024 bytes
