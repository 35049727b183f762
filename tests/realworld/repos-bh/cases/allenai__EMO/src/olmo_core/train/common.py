stub: upstream file of 7535 bytes
