stub: upstream file of 24282 bytes
