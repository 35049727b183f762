stub: upstream file of 15889 bytes
