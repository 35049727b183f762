stub: upstream file of 6027 bytes
