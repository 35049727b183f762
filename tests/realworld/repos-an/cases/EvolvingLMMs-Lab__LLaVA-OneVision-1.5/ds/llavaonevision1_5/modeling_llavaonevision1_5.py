stub: upstream file of 99217 bytes
