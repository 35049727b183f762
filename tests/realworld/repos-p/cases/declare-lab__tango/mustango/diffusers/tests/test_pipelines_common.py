stub: upstream file of 24027 bytes
