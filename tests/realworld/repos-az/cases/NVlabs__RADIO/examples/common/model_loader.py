stub: upstream file of 18015 bytes
