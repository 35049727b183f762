stub: upstream file of 9961 bytes
