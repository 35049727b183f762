stub: upstream file of 16217 bytes
