stub: upstream file of 43538 bytes
