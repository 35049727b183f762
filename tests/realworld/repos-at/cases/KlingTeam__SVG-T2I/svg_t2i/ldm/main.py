stub: upstream file of 30123 bytes
