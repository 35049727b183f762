stub: upstream file of 43022 bytes
