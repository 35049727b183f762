stub: upstream file of 30217 bytes
