stub: upstream file of 41189 bytes
