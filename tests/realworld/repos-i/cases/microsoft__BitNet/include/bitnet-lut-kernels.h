stub: upstream file of 75116 bytes
